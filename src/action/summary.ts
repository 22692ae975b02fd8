import type { LintReport } from '../core/report';
import { formatMarkdown } from '../formatters/markdown';

export interface SummaryOptions {
  kubernetesVersion: string;
  strict: boolean;
  /** `https://github.com/OWNER/REPO/blob/SHA`, to link findings to their lines. */
  blobBase: string | null;
  /** Why annotations were limited or not, shown under the findings. */
  note?: string;
}

/** The job summary (GITHUB_STEP_SUMMARY): the findings, linked to their lines at the analysed commit. */
export function renderSummary(report: LintReport, options: SummaryOptions): string {
  const link = options.blobBase
    ? (file: string, line: number) => `${options.blobBase}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`
    : undefined;
  const context = [`Kubernetes ${options.kubernetesVersion}`, options.strict ? 'strict schemas' : 'non-strict schemas'];
  const markdown = formatMarkdown(report, { context, ...(link ? { link } : {}) });
  return options.note ? `${markdown}\n> ${options.note}\n` : markdown;
}

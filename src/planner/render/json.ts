/**
 * `kubeplan plan --format json`: the Plan as one JSON object (a stable contract), two-space indented,
 * with a final newline. Key order is the Plan's, so the bytes are stable.
 */
import type { Plan } from '../types';

export function renderPlanJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

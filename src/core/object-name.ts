/** An object as messages and reports name it: `Deployment shop/web`, `ClusterRole admin`, `ConfigMap shop/(unnamed)`. */
export function formatObjectName(kind: string, namespace: string | null, name: string): string {
  return `${kind} ${namespace === null ? '' : `${namespace}/`}${name || '(unnamed)'}`;
}

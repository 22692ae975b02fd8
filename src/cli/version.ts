/** The product version, kept in step with package.json by a test. */
export const VERSION = '0.1.0';

/** Where users read about kubeplan (SARIF's tool.driver.informationUri). */
export const HOMEPAGE = 'https://kubeplan.io';

/** The repository users point pre-commit and `uses:` at (owner/name on GitHub). */
export const REPOSITORY = 'kubeplan/kubeplan';

/** The Kubernetes minor version targeted when neither a flag nor the configuration names one. */
export { DEFAULT_KUBERNETES_VERSION } from '../schema/kubernetes-versions';

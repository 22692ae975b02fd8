/** The product version, kept in step with package.json by a test. */
export const VERSION = '0.1.0';

/** Where users read about kubeplan (SARIF's tool.driver.informationUri). */
export const HOMEPAGE = 'https://kubeplan.io';

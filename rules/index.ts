import type { AnyRule } from '../src/engine/rule';
import noAutomountServiceAccountToken from './no-automount-service-account-token';
import noClusterAdminBinding from './no-cluster-admin-binding';
import noDangerousCapabilities from './no-dangerous-capabilities';
import noDefaultServiceAccount from './no-default-service-account';
import noHostIpc from './no-host-ipc';
import noHostNetwork from './no-host-network';
import noHostPid from './no-host-pid';
import noPrivilegeEscalation from './no-privilege-escalation';
import noPrivilegedContainer from './no-privileged-container';
import noPrivilegedPorts from './no-privileged-ports';
import noSecretAccessRbac from './no-secret-access-rbac';
import noSecretsInEnv from './no-secrets-in-env';
import noSensitiveHostMounts from './no-sensitive-host-mounts';
import noSshPort from './no-ssh-port';
import noUnmaskedProcMount from './no-unmasked-proc-mount';
import noUnsafeSysctls from './no-unsafe-sysctls';
import noWildcardRbac from './no-wildcard-rbac';
import noWritableHostMount from './no-writable-host-mount';
import requireDropNetRaw from './require-drop-net-raw';
import requireNetworkPolicy from './require-network-policy';
import requireReadOnlyRootFs from './require-read-only-root-fs';
import requireRunAsNonRoot from './require-run-as-non-root';
import requireSeccompProfile from './require-seccomp-profile';
import validWorkloadSelector from './valid-workload-selector';

/** Every rule, by id, sorted. Explicit on purpose: no directory scan at run time. */
export const RULES: ReadonlyMap<string, AnyRule> = new Map<string, AnyRule>([
  ['no-automount-service-account-token', noAutomountServiceAccountToken],
  ['no-cluster-admin-binding', noClusterAdminBinding],
  ['no-dangerous-capabilities', noDangerousCapabilities],
  ['no-default-service-account', noDefaultServiceAccount],
  ['no-host-ipc', noHostIpc],
  ['no-host-network', noHostNetwork],
  ['no-host-pid', noHostPid],
  ['no-privilege-escalation', noPrivilegeEscalation],
  ['no-privileged-container', noPrivilegedContainer],
  ['no-privileged-ports', noPrivilegedPorts],
  ['no-secret-access-rbac', noSecretAccessRbac],
  ['no-secrets-in-env', noSecretsInEnv],
  ['no-sensitive-host-mounts', noSensitiveHostMounts],
  ['no-ssh-port', noSshPort],
  ['no-unmasked-proc-mount', noUnmaskedProcMount],
  ['no-unsafe-sysctls', noUnsafeSysctls],
  ['no-wildcard-rbac', noWildcardRbac],
  ['no-writable-host-mount', noWritableHostMount],
  ['require-drop-net-raw', requireDropNetRaw],
  ['require-network-policy', requireNetworkPolicy],
  ['require-read-only-root-fs', requireReadOnlyRootFs],
  ['require-run-as-non-root', requireRunAsNonRoot],
  ['require-seccomp-profile', requireSeccompProfile],
  ['valid-workload-selector', validWorkloadSelector],
]);

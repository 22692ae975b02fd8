import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildResources } from '../../src/resources/build-resources';
import { locateIn } from '../../src/resources/resource';
import { DEFAULT_KUBERNETES_VERSION, KUBERNETES_VERSIONS } from '../../src/schema/kubernetes-versions';
import { buildSchemaCatalog } from '../../src/schema/schema-catalog';
import { buildSchemaValidator } from '../../src/schema/schema-validator';
import { parseYaml } from '../../src/source/parse-yaml';
import { CORPUS, CORPUS_ABSENT, corpusPresent as present, listManifests } from '../support/corpus';
import { bundledSchemas } from './helpers';

function loadCorpus() {
  const files = listManifests(CORPUS).map((path) => parseYaml(relative(CORPUS, path), readFileSync(path, 'utf8')));
  return { files, ...buildResources(files) };
}

/**
 * Every `schema` issue the corpus has under the default Kubernetes version, each checked by hand
 * against the manifest and the API server's behaviour: all are real errors, none comes from our
 * schemas. (Kinds without a schema are `schema-missing`, not listed here.)
 */
const EXPECTED_SCHEMA_ISSUES = [
  // `protocol: tcp`: the API server only accepts upper-case TCP, UDP, SCTP.
  'k8s-examples/_archived/volumes/aws_ebs/aws-ebs-web.yaml:12:21 Pod unsupported value "tcp": supported values are "SCTP", "TCP", "UDP"',
  'k8s-examples/_archived/volumes/cinder/cinder-web.yaml:12:21 Pod unsupported value "tcp": supported values are "SCTP", "TCP", "UDP"',
  // A placeholder left in `fc.lun`, an int32.
  'k8s-examples/_archived/volumes/fibre_channel/fc.yaml:17:13 Pod expected an integer, got string "<ADD LUN ID Here>"',
  // imageformat/imagefeatures are RBD StorageClass parameters, not fields of an rbd volume.
  'k8s-examples/_archived/volumes/rbd/rbd.yaml:25:9 Pod unknown field "imageformat"',
  'k8s-examples/_archived/volumes/rbd/rbd.yaml:26:9 Pod unknown field "imagefeatures"',
  // Typo upstream.
  'k8s-examples/_archived/volumes/scaleio/pod.yaml:17:7 Pod unknown field "protectionDoamin" (did you mean "protectionDomain"?)',
  // StorageOS volumes have no pool field, and the PV source takes secretRef, not secretName.
  'k8s-examples/_archived/volumes/storageos/storageos-pod.yaml:35:9 Pod unknown field "pool"',
  'k8s-examples/_archived/volumes/storageos/storageos-pv.yaml:22:5 PersistentVolume unknown field "secretName"',
  // admissionregistration.k8s.io/v1 webhooks must list admissionReviewVersions; the docs snippets omit it,
  // and their caBundle placeholders are not base64.
  'k8s-website-examples/access/admission-webhook-match-conditions.yaml:4:3 ValidatingWebhookConfiguration missing required field "admissionReviewVersions"',
  'k8s-website-examples/access/admission-webhook-match-conditions.yaml:17:15 ValidatingWebhookConfiguration invalid base64 value "<omitted>"',
  'k8s-website-examples/access/admission-webhook-match-conditions.yaml:29:3 ValidatingWebhookConfiguration missing required field "admissionReviewVersions"',
  'k8s-website-examples/access/admission-webhook-match-conditions.yaml:42:15 ValidatingWebhookConfiguration invalid base64 value "<omitted>"',
  'k8s-website-examples/access/manifest-admission-control/validating-webhook.yaml:11:15 ValidatingWebhookConfiguration invalid base64 value "<base64-encoded-CA-bundle>"',
  'k8s-website-examples/access/validating-webhook-configuration-match-conditions.yaml:4:5 ValidatingWebhookConfiguration missing required field "admissionReviewVersions"',
  'k8s-website-examples/access/validating-webhook-configuration-match-conditions.yaml:17:17 ValidatingWebhookConfiguration invalid base64 value "<omitted>"',
  'k8s-website-examples/access/validating-webhook-configuration-match-conditions.yaml:30:5 ValidatingWebhookConfiguration missing required field "admissionReviewVersions"',
  'k8s-website-examples/access/validating-webhook-configuration-match-conditions.yaml:43:17 ValidatingWebhookConfiguration invalid base64 value "<omitted>"',
  // A LimitRange item without `type` (the API server rejects the empty type name): the "problematic" example.
  'k8s-website-examples/concepts/policy/limit-range/problematic-limit-range.yaml:7:5 LimitRange missing required field "type"',
  // A weighted anti-affinity term written without its podAffinityTerm wrapper (and weight).
  'k8s-website-examples/deployments/deployment-with-capacity-reservation.yaml:22:13 Deployment missing required field "weight"',
  'k8s-website-examples/deployments/deployment-with-capacity-reservation.yaml:22:13 Deployment unknown field "labelSelector" ("labelSelector" is a field of "podAffinityTerm", which is missing)',
  'k8s-website-examples/deployments/deployment-with-capacity-reservation.yaml:25:13 Deployment unknown field "topologyKey" ("topologyKey" is a field of "podAffinityTerm", which is missing)',
  // `expression` is indented as a sibling of `cel:` (left null) instead of under it.
  'k8s-website-examples/dra/resourceclaim.yaml:14:11 ResourceClaim unknown field "expression" ("expression" is a field of "cel": check the indentation)',
  // emptyDir.mode and securityContext.cgroupOptions document features newer than Kubernetes 1.36.
  'k8s-website-examples/pods/emptydir-volume-mode.yaml:16:7 Pod unknown field "mode"',
  // requiredDuringSchedulingIgnoredDuringExecution is a NodeSelector object, written here as a list of preferences.
  'k8s-website-examples/pods/pod-with-node-affinity.yaml:8:7 Pod expected an object, got a list',
  'k8s-website-examples/pods/security/security-context-7.yaml:12:7 Pod unknown field "cgroupOptions"',
  // Annotations written as a list (noted as an upstream typo in the corpus SOURCES.md).
  'k8s-website-examples/secret/serviceaccount/mysecretname.yaml:6:3 Secret expected an object, got a list',
  // Placeholders in Secret data that are not base64 (values are never echoed).
  'k8s-website-examples/secret/tls-auth-secret.yaml:10:12 Secret Secret data must be base64-encoded',
  'k8s-website-examples/secret/tls-auth-secret.yaml:11:12 Secret Secret data must be base64-encoded',
  // ipFamily was replaced by ipFamilies/ipFamilyPolicy in 1.20.
  'k8s-website-examples/service/networking/dual-stack-ipv6-lb-svc.yaml:8:3 Service unknown field "ipFamily" (did you mean "ipFamilies"?)',
  'k8s-website-examples/service/networking/dual-stack-ipv6-svc.yaml:6:3 Service unknown field "ipFamily" (did you mean "ipFamilies"?)',
  // apiextensions.k8s.io/v1 moved conversionReviewVersions under conversion.webhook; caBundle is a placeholder.
  'k8s-website-examples/storage/test-crd-v2.yaml:40:5 CustomResourceDefinition unknown field "conversionReviewVersions" ("conversionReviewVersions" is a field of "webhook": check the indentation)',
  'k8s-website-examples/storage/test-crd-v2.yaml:39:19 CustomResourceDefinition invalid base64 value "<CABundle info>"',
  'k8s-website-examples/storage/test-crd.yaml:29:5 CustomResourceDefinition unknown field "conversionReviewVersions" ("conversionReviewVersions" is a field of "webhook": check the indentation)',
  'k8s-website-examples/storage/test-crd.yaml:28:19 CustomResourceDefinition invalid base64 value "<CABundle info>"',
];

describe.skipIf(!present)('corpus of real manifests (../shared/corpus)', () => {
  const corpus = present ? loadCorpus() : undefined;

  it(`has exactly the schema errors checked by hand, under Kubernetes ${DEFAULT_KUBERNETES_VERSION}`, async () => {
    const { resources } = corpus!;
    expect(resources.length).toBeGreaterThan(1000);
    const catalog = buildSchemaCatalog(await bundledSchemas(DEFAULT_KUBERNETES_VERSION));
    const options = { kubernetesVersion: DEFAULT_KUBERNETES_VERSION, strict: true, ignoreMissingSchemas: false };
    const validator = buildSchemaValidator(options, catalog, resources);
    const found: string[] = [];
    for (const resource of resources) {
      for (const issue of validator.validate(resource)) {
        if (issue.rule !== 'schema') continue;
        const at = locateIn(resource, issue.path, issue.target);
        found.push(`${resource.file}:${at.line}:${at.column} ${resource.kind} ${issue.message}`);
      }
    }
    expect(found).toEqual(EXPECTED_SCHEMA_ISSUES);
  });

  it.each(KUBERNETES_VERSIONS)('validates every resource under %s without crashing (strict; also non-strict for the default)', async (kubernetesVersion) => {
    const { resources } = corpus!;
    const catalog = buildSchemaCatalog(await bundledSchemas(kubernetesVersion));
    for (const strict of kubernetesVersion === DEFAULT_KUBERNETES_VERSION ? [true, false] : [true]) {
      const validator = buildSchemaValidator({ kubernetesVersion, strict, ignoreMissingSchemas: false }, catalog, resources);
      for (const resource of resources) {
        for (const issue of validator.validate(resource)) {
          expect(issue.message).not.toBe('');
          locateIn(resource, issue.path, issue.target);
        }
      }
    }
  });
});

if (!present) {
  describe('corpus of real manifests', () => {
    it.skip(CORPUS_ABSENT, () => {});
  });
}

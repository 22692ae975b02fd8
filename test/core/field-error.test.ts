import { describe, expect, it } from 'vitest';
import { formatFieldError, parseFieldError } from '../../src/core/field-error';

describe('field errors', () => {
  it('splits at the first ": " and prints back the same text', () => {
    const text = 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"a"}: `selector` does not match template `labels`';
    const error = parseFieldError(text);
    expect(error).toEqual({ field: 'spec.template.metadata.labels', message: 'Invalid value: map[string]string{"app":"a"}: `selector` does not match template `labels`' });
    expect(formatFieldError(error)).toBe(text);
  });

  it('prints a message that already names its field, or has none, as it is', () => {
    expect(formatFieldError({ field: 'spec.jobTemplate.spec.manualSelector', message: 'spec.jobTemplate.spec.manualSelector: true is not allowed' })).toBe(
      'spec.jobTemplate.spec.manualSelector: true is not allowed',
    );
    expect(formatFieldError({ field: '', message: 'the object is not valid' })).toBe('the object is not valid');
    expect(parseFieldError('no field here')).toEqual({ field: '', message: 'no field here' });
  });
});

/** Every lint rule apiref runs over the resolved site, in the order they run. */
import type { Rule } from './types.js';
import { parameterSortOrder } from './parameter-sort-order.js';
import { parameterInvalidIn } from './parameter-invalid-in.js';
import { pathParameterMissing } from './path-parameter-missing.js';
import { parameterUnused } from './parameter-unused.js';
import { parameterUnknownField } from './parameter-unknown-field.js';
import { parameterRequiredNotBoolean } from './parameter-required-not-boolean.js';
import { parameterUnknownType } from './parameter-unknown-type.js';
import { unquotedVersion } from './unquoted-version.js';
import { pathParameterNotInUrl } from './path-parameter-not-in-url.js';
import { statusCodeInvalid } from './status-code-invalid.js';
import { duplicateOperationAnchor } from './duplicate-operation-anchor.js';
import { duplicateOperationTitle } from './duplicate-operation-title.js';
import { unknownHttpMethod } from './unknown-http-method.js';
import { urlAnglePlaceholder } from './url-angle-placeholder.js';
import { unusedInclude } from './unused-include.js';
import { sampleUndocumentedKey } from './sample-undocumented-key.js';
import { sampleMissingRequired } from './sample-missing-required.js';
import { sampleTypeMismatch } from './sample-type-mismatch.js';

export const LINT_RULES: readonly Rule[] = [
  parameterSortOrder,
  parameterInvalidIn,
  pathParameterMissing,
  parameterUnused,
  parameterUnknownField,
  parameterRequiredNotBoolean,
  parameterUnknownType,
  unquotedVersion,
  pathParameterNotInUrl,
  statusCodeInvalid,
  duplicateOperationAnchor,
  duplicateOperationTitle,
  unknownHttpMethod,
  urlAnglePlaceholder,
  unusedInclude,
  sampleUndocumentedKey,
  sampleMissingRequired,
  sampleTypeMismatch,
];

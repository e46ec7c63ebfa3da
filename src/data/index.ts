/** The data loaders: parameters.yaml, status.yaml, conf.py (as text), JSON samples, and their schema checks. */
export { loadParameters } from './parameters.js';
export type { ParameterEntry, ParameterField, ParameterFile, ParameterRequired } from './parameters.js';
export { loadStatus } from './status.js';
export type { StatusEntry, StatusFile, StatusReason } from './status.js';
export { reasonPhrase, knownStatusCodes } from './http-status.js';
export { readConf } from './conf.js';
export type { ConfSettings } from './conf.js';
export { parseJsonSample, jsonSpan, jsonNodeAt, jsonValueAt, jsonKeys, jsonTypeOf } from './samples.js';
export type { JsonSample, JsonPath, JsonKey } from './samples.js';
export { checkAgainstSchema, checkParameterFile, checkStatusFile } from './schema-check.js';
export { MAX_YAML_BYTES } from './yaml-reader.js';

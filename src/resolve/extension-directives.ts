/**
 * Directives that well-known Sphinx extensions add, by extension module: when a tree's conf.py loads the
 * extension, its directives are expected there (cloudkitty documents its v1 API with autodoc and pecanwsme).
 */
import { ownValue } from '../util/records.js';

const BY_EXTENSION: Record<string, readonly string[]> = {
  'sphinx.ext.autodoc': [
    'automodule', 'autoclass', 'autoexception', 'autofunction', 'autodecorator', 'autodata', 'automethod',
    'autoattribute', 'autoproperty', 'autonewtypedata',
  ],
  'sphinx.ext.autosummary': ['autosummary'],
  'sphinx.ext.graphviz': ['graphviz', 'graph', 'digraph'],
  'sphinx.ext.inheritance_diagram': ['inheritance-diagram'],
  'sphinx.ext.ifconfig': ['ifconfig'],
  'sphinxcontrib.pecanwsme.rest': ['rest-controller'],
  'wsmeext.sphinxext': ['autotype', 'autoattribute', 'autofunction', 'root', 'service'],
  'sphinxcontrib.httpdomain': ['http:get', 'http:post', 'http:put', 'http:patch', 'http:delete', 'http:head', 'http:options'],
  'sphinxcontrib.programoutput': ['program-output', 'command-output'],
  'sphinxcontrib.seqdiag': ['seqdiag'],
  'sphinxcontrib.blockdiag': ['blockdiag'],
  'oslo_config.sphinxext': ['show-options'],
  'oslo_policy.sphinxext': ['show-policy'],
};

/** The extension in `loaded` (conf.py's list) that defines directive `name`, or null. */
export function extensionOf(name: string, loaded: readonly string[] | null): string | null {
  if (!loaded) return null;
  for (const extension of loaded) {
    if (ownValue(BY_EXTENSION, extension)?.includes(name)) return extension;
  }
  return null;
}

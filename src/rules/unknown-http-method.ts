/** A rest_method whose method is not a known HTTP method, or not written in capitals (the badge shows it as is). */
import type { Rule } from './types.js';
import { siteIndex } from './site-index.js';
import { restMethodSpan } from './operation-place.js';

/** RFC 9110 methods, PATCH, and the WebDAV ones some OpenStack APIs use (Swift's COPY). */
export const HTTP_METHODS: readonly string[] = [
  'GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT',
  'COPY', 'MOVE', 'LOCK', 'UNLOCK', 'MKCOL', 'PROPFIND', 'PROPPATCH', 'SEARCH', 'REPORT', 'PURGE', 'LINK', 'UNLINK',
];
const KNOWN = new Set(HTTP_METHODS);

export const unknownHttpMethod: Rule = {
  id: 'unknown-http-method',
  defaultSeverity: 'error',
  description: 'A rest_method whose HTTP method is unknown or not in capitals.',
  check(site, report) {
    for (const { op } of siteIndex(site).operations) {
      const method = op.method;
      // An empty rest_method, or one without a URL (`.. rest_method:: /v2/jobs`), is reported by the directive.
      if (!method || !op.url || KNOWN.has(method)) continue;
      const upper = method.toUpperCase();
      const message = KNOWN.has(upper)
        ? `HTTP method "${method}" must be written in capitals: \`\`.. rest_method:: ${upper} ${op.url}\`\`.`
        : `"${method}" is not an HTTP method (expected one of ${HTTP_METHODS.slice(0, 7).join(', ')}, ...). ` +
          'Write `.. rest_method:: METHOD /url`.';
      report(message, restMethodSpan(site, op));
    }
  },
};

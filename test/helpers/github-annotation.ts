/** GitHub's workflow-command annotation syntax, as our github format must print it (file= first). */
export const ANNOTATION =
  /^::(error|warning|notice) file=([^,:\r\n]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:\r\n]+)::([^\r\n]*)$/;
/** A % that is not one of the escapes GitHub decodes. */
export const BAD_PERCENT = /%(?!25|0D|0A|3A|2C)/;

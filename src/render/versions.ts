/** os-api-ref's microversion classes: `rp_min_ver_2_1` / `rp_max_ver_2_90` (dots → underscores). */
export function versionClasses(min: string | null, max: string | null): string[] {
  const out: string[] = [];
  if (min) out.push(`rp_min_ver_${min.replace(/\./g, '_')}`);
  if (max) out.push(`rp_max_ver_${max.replace(/\./g, '_')}`);
  return out;
}

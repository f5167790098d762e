/**
 * A learner's name for display: SCORM 1.2 LMSs send `cmi.core.student_name` as
 * "Last, First", which reads back to front in a greeting.
 */
export function displayName(lmsName: string): string {
  const name = lmsName.trim().replace(/\s+/g, ' ');
  const comma = name.indexOf(',');
  if (comma < 0) return name;
  const last = name.slice(0, comma).trim();
  const first = name.slice(comma + 1).trim();
  return first === '' ? last : last === '' ? first : `${first} ${last}`;
}

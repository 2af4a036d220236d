// Courtesy titles the attribution stage may pass on as a speaker's role ("Mr.", "Dr."): they say
// nothing about who the speaker is, so they are never shown as a role.
const HONORIFICS = new Set(
  ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'm', 'mme', 'mlle', 'herr', 'frau', 'sr', 'sra', 'srta', 'sir', 'dame', 'madam', 'mister'],
);

/** True when a role is only a courtesy title (or a run of them: "Mr. and Mrs."), dots and case aside. */
export function isHonorific(role: string): boolean {
  const words = role
    .toLowerCase()
    .split(/[\s.]+/)
    .filter((w) => w && w !== 'and' && w !== '&');
  return words.length > 0 && words.every((w) => HONORIFICS.has(w));
}

/** A role worth showing: null for none, blank or a courtesy title. */
export function shownRole(role: string | null | undefined): string | null {
  const r = role?.trim();
  return r && !isHonorific(r) ? r : null;
}

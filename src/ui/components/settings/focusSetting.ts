/**
 * Brings a setting's control into view and focus, opening the folded part it sits in; false
 * when the page has no control for it. Used by the problem summary's links and by the header's
 * "training off".
 */
export function focusSetting(key: string): boolean {
  const control = document.getElementById(`field-${key}`);
  if (!control) return false;
  const folded = control.closest('details');
  if (folded) folded.open = true;
  control.scrollIntoView({ block: 'center' });
  control.focus();
  return true;
}

/** The first of `keys` that has a control, or else the list of problems, brought into view. */
export function focusFirstProblem(keys: readonly string[]): void {
  if (keys.some(focusSetting)) return;
  document.querySelector('.problem-summary')?.scrollIntoView({ block: 'center' });
}

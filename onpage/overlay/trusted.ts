/**
 * Every control of ours acts on the user's own input only: an event a script made up
 * (`button.click()`, dispatchEvent) has isTrusted false and is ignored. The closed shadow root
 * already keeps page scripts from reaching our buttons; this holds even if something does.
 * Keyboard activation of a button (Enter, Space) is a trusted click.
 */
export function trusted<E extends Event>(fn: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) fn(e);
  };
}

import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Placeholder: per-tab verdicts and the badge arrive with the on-page issue.
});

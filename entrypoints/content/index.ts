export default defineContentScript({
  matches: ['https://app.base44.com/*'],
  main() {
    // The composer annotation lands with the builder-annotation issue.
  },
});

export default defineBackground(() => {
  // Wiring lands with the balance-tracking issue.
});

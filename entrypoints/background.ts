export default defineBackground(() => {
  // The background hosts the last-resort checker transport (issue 4); nothing else runs here yet.
});

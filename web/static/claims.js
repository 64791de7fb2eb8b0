// The claims page: an 837P just sent downloads at once (#20). The biller clicked "Export 837P" and
// expected the file; the page it lands on names the file with a link, and this clicks it once. The
// address loses its `now` so a reload (or the back button) shows the link without downloading again.
(() => {
  const link = document.getElementById("download-837");
  const here = new URL(location.href);
  if (!link || here.searchParams.get("now") !== "1") return;
  here.searchParams.delete("now");
  history.replaceState(null, "", here);
  link.click();
})();

// "New since your last visit": remembers the summary version last seen of each story (in this browser only) and
// offers the update summary when the story has moved on since.
(function () {
  var box = document.getElementById('new-since');
  if (!box) return;
  var story = box.getAttribute('data-story');
  var version = parseInt(box.getAttribute('data-version') || '0', 10);
  var key = 'roundup-seen-' + story;
  var seen = 0;
  try { seen = parseInt(localStorage.getItem(key) || '0', 10); } catch (e) { return; }
  if (seen > 0 && seen < version) {
    var a = document.createElement('a');
    a.href = '/stories/' + encodeURIComponent(story) + '?since-version=' + seen;
    a.textContent = 'New since your last visit (version ' + seen + ')';
    box.appendChild(a);
    box.hidden = false;
  }
  try { if (version > 0) localStorage.setItem(key, String(version)); } catch (e) { /* private mode */ }
})();

/*
 * The pages' one script, which each page works without: a table wider than the screen scrolls inside a box of its own
 * that the keyboard can reach, a region named by the table's caption or the heading before it, each name unique.
 */
(function () {
    var names = {};
    document.querySelectorAll('main table').forEach(function (table) {
        var heading = table.previousElementSibling;
        while (heading && !/^H[2-4]$/.test(heading.tagName)) {
            heading = heading.previousElementSibling;
        }
        var name = table.caption ? table.caption.textContent.trim() : heading ? heading.textContent.trim() : 'Table';
        names[name] = (names[name] || 0) + 1;
        var box = document.createElement('div');
        box.className = 'table-box';
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', names[name] > 1 ? name + ' (' + names[name] + ')' : name);
        table.parentNode.insertBefore(box, table);
        box.appendChild(table);
    });
})();

// A page with problems puts the keyboard on their summary, whose links lead to each field.
(function () {
    var summary = document.getElementById('errorSummary');
    if (summary) {
        summary.focus();
    }
})();

// The public ranking is a static page (Components/Pages/Public): its search and column sort run here, in the browser,
// so every citizen receives the same cached bytes and no circuit is opened. Without script the table is still complete.
(function () {
    function fold(text) {
        return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
    }

    function filter(input) {
        var query = fold(input.value);
        document.querySelectorAll('#public-blocks tbody tr').forEach(function (row) {
            row.hidden = query.length > 0 && fold(row.getAttribute('data-name')).indexOf(query) < 0;
        });
    }

    function sort(button) {
        var table = button.closest('table');
        var column = Number(button.getAttribute('data-column'));
        var numeric = button.getAttribute('data-numeric') === 'true';
        var ascending = button.getAttribute('aria-sort') !== 'ascending';
        table.querySelectorAll('.public-sort').forEach(function (b) { b.removeAttribute('aria-sort'); });
        button.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
            var x = a.cells[column].getAttribute('data-value');
            var y = b.cells[column].getAttribute('data-value');
            var order = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'vi');
            return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
    }

    function bind() {
        var input = document.getElementById('public-search');
        if (!input || input.dataset.bound) {
            return;
        }
        input.dataset.bound = 'true';
        input.addEventListener('input', function () { filter(input); });
        document.querySelectorAll('#public-blocks .public-sort').forEach(function (button) {
            button.addEventListener('click', function () { sort(button); });
        });
    }

    document.addEventListener('DOMContentLoaded', bind);
    // Reached by Blazor's enhanced navigation the page is patched in, not loaded: bind again then.
    if (window.Blazor && window.Blazor.addEventListener) {
        window.Blazor.addEventListener('enhancedload', bind);
    } else {
        document.addEventListener('DOMContentLoaded', function () {
            if (window.Blazor && window.Blazor.addEventListener) {
                window.Blazor.addEventListener('enhancedload', bind);
            }
        });
    }
    bind();
})();

// Warns before leaving or reloading the page while an entry is not yet saved.
// The self-assessment page counts its unsaved cards; the browser asks only when the count is above zero.
window.parIndexUnsaved = (() => {
    let pending = 0;
    window.addEventListener("beforeunload", event => {
        if (pending > 0) {
            event.preventDefault();
            event.returnValue = "";
        }
    });
    return {
        set: count => { pending = count; },
    };
})();

// Keyboard shortcuts, Enter-to-send, infinite scroll and focus for the inbox page.
let onKey = null;

function typing(target) {
    const tag = (target && target.tagName) || "";
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
}

export function listenForShortcuts(page) {
    stopListening();
    onKey = (e) => {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        if (e.key === "Escape") {
            if (typing(e.target)) e.target.blur();
            page.invokeMethodAsync("Shortcut", "Escape");
            return;
        }
        if (typing(e.target)) return;
        if (["j", "k", "r", "n", "e", "a", "s", "/", "?"].includes(e.key)) {
            e.preventDefault();
            page.invokeMethodAsync("Shortcut", e.key);
        }
    };
    document.addEventListener("keydown", onKey);
}

export function stopListening() {
    if (onKey) document.removeEventListener("keydown", onKey);
    onKey = null;
}

// Enter sends, Shift+Enter is a new line; not while an input method is composing (e.g. Arabic or emoji pickers).
export function enterSends(textarea, composer) {
    if (!(textarea instanceof HTMLTextAreaElement) || textarea.dataset.enterSends) return;
    textarea.dataset.enterSends = "1";
    textarea.addEventListener("keydown", (e) => {
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            composer.invokeMethodAsync("EnterPressed", textarea.value);
        }
    });
}

export function loadMoreWhenVisible(sentinel, list) {
    if (!sentinel || sentinel.dataset.observed) return;
    sentinel.dataset.observed = "1";
    new IntersectionObserver((entries) => {
        if (entries.some((x) => x.isIntersecting)) list.invokeMethodAsync("LoadMore");
    }).observe(sentinel);
}

export function scrollToEnd(element) {
    if (element) element.scrollTop = element.scrollHeight;
}

export function focus(element) {
    if (element) {
        element.focus();
        if (element.setSelectionRange) element.setSelectionRange(element.value.length, element.value.length);
    }
}

export function timeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

// Shared by the server (the inline script in <head>) and the client (the
// toggle): where the theme choice is stored.
export const THEME_STORAGE_KEY = "course:theme";

/**
 * Runs before the page paints (an inline script in <head>), so a stored dark
 * choice does not flash light first. Kept tiny and self-contained.
 */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

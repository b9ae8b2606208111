import { THEME_BOOT_SCRIPT } from "./theme-boot-script";

/** Put in <head>: applies the stored theme before the first paint. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />;
}

import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/auth/account-menu";
import { ThemeScript } from "@/components/theme/theme-script";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Flask to FastAPI", template: "%s · Flask to FastAPI" },
  description: "An interactive course on Python web APIs: from Flask's minimal routing to FastAPI's typed, async, dependency-injected APIs.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#12141a" },
  ],
};

// The layout reads nothing from the request (the account menu asks for the
// session in the browser), so lessons and the home page are prerendered at
// build time, code highlighting included.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <header className="site-header">
          <nav aria-label="Site">
            <Link href="/" className="brand">
              Flask → FastAPI
            </Link>
            <Link href="/#outline">Lessons</Link>
            <Link href="/playground">Playground</Link>
            <AccountMenu />
            <ThemeToggle />
          </nav>
        </header>
        <main className="site-main" id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}

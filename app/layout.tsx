import type { Metadata } from "next";
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <header className="site-header">
          <nav aria-label="Site">
            <Link href="/" className="brand">
              Flask → FastAPI
            </Link>
            <Link href="/#outline">Lessons</Link>
            <AccountMenu />
            <ThemeToggle />
          </nav>
        </header>
        <main className="site-main" id="main">
          {children}
        </main>
      </body>
    </html>
  );
}

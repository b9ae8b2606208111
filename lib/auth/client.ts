"use client";
// The browser side of accounts; same-origin, so no base URL is needed.
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient();

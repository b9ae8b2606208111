// Accounts, server-verified progress and classrooms, end to end against the
// production server: real sign-up, real grading in the server's Python
// runtime, real database.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lessonOutline } from "../../lib/content/lessons";
import { postFromPage, signUp } from "./accounts";
import { baseUrl, launchBrowser, saveScreenshot } from "./browser";

const exerciseSlug = "flask-hello-routes";
const exerciseDir = path.resolve("exercises", exerciseSlug);
const readExerciseFiles = (folder: string) => ({ "app.py": readFileSync(path.join(exerciseDir, folder, "app.py"), "utf8") });
describe("accounts, verified progress and classrooms", () => {
  let browser: Browser;
  let instructor: BrowserContext;
  let learner: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    instructor = await browser.newContext();
    learner = await browser.newContext();
  });
  afterAll(async () => browser?.close());

  it("refuses anonymous and cross-site requests", async () => {
    expect((await fetch(`${baseUrl()}/api/progress`)).status).toBe(401);
    const anonymousSave = await fetch(`${baseUrl()}/api/progress/${exerciseSlug}/code`, {
      method: "PUT",
      headers: { "content-type": "application/json", origin: baseUrl() },
      body: JSON.stringify({ files: { "app.py": "x" } }),
    });
    expect(anonymousSave.status).toBe(401);
    const anonymous = await fetch(`${baseUrl()}/api/exercises/${exerciseSlug}/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl() },
      body: JSON.stringify({ files: readExerciseFiles("solution") }),
    });
    expect(anonymous.status).toBe(401);
    const crossSite = await fetch(`${baseUrl()}/api/exercises/${exerciseSlug}/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://attacker.example" },
      body: JSON.stringify({ files: readExerciseFiles("solution") }),
    });
    expect(crossSite.status).toBe(403);
    const signInFromElsewhere = await fetch(`${baseUrl()}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://attacker.example" },
      body: JSON.stringify({ email: "x@example.test", password: "whatever123" }),
    });
    expect(signInFromElsewhere.status).toBe(403);
  });

  it("records nothing for a forged pass, and a pass only after the server's own grading", async () => {
    const page = await learner.newPage();
    await signUp(page, "Lena");
    const forged = await postFromPage(page, `/api/exercises/${exerciseSlug}/submissions`, {
      files: readExerciseFiles("starter"),
      passed: true,
      feedback: { passed: true, counts: { passed: 9, failed: 0, total: 9 } },
    });
    expect(forged.status).toBe(200);
    expect(forged.body).toMatchObject({ verified: true, passed: false, progress: { status: "started", attempts: 1 } });
    const afterForgery = await page.evaluate(async () => (await fetch("/api/progress")).json());
    expect(afterForgery.progress).toEqual([expect.objectContaining({ exerciseSlug: "flask-hello-routes", status: "started", firstPassedAt: null })]);

    // Autosave to the account keeps the latest code without counting an attempt.
    const saved = await page.evaluate(async (slug) => {
      const put = await fetch(`/api/progress/${slug}/code`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ files: { "app.py": "# draft" } }) });
      const get = await fetch(`/api/progress/${slug}/code`);
      return { put: put.status, files: (await get.json()).files };
    }, exerciseSlug);
    expect(saved).toEqual({ put: 200, files: { "app.py": "# draft" } });

    const solved = await postFromPage(page, `/api/exercises/${exerciseSlug}/submissions`, { files: readExerciseFiles("solution") });
    expect(solved.body).toMatchObject({ verified: true, passed: true, progress: { status: "passed", attempts: 2 } });
    await page.close();
  });

  it("merges work done before signing up, re-grading what the browser says it passed", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.evaluate(
      ({ solution, starter }) => {
        const at = new Date().toISOString();
        localStorage.setItem(
          "course:progress:v1",
          JSON.stringify({ version: 1, exercises: { "flask-hello-routes": { completedAt: at, failedSubmissions: 0 }, "fastapi-items-validation": { completedAt: at, failedSubmissions: 0 } }, lastVisit: null }),
        );
        localStorage.setItem("course:draft:v1:flask-hello-routes", JSON.stringify({ files: solution, savedAt: at }));
        // A claimed pass with code that does not pass must not be recorded as passed.
        localStorage.setItem("course:draft:v1:fastapi-items-validation", JSON.stringify({ files: starter, savedAt: at }));
      },
      { solution: readExerciseFiles("solution"), starter: { "app.py": "from fastapi import FastAPI\napp = FastAPI()\n" } },
    );
    await signUp(page, "Mira");
    const { progress } = await page.evaluate(async () => (await fetch("/api/progress")).json());
    const bySlug = Object.fromEntries(progress.map((p: { exerciseSlug: string }) => [p.exerciseSlug, p]));
    expect(bySlug["flask-hello-routes"]).toMatchObject({ status: "passed" });
    expect(bySlug["fastapi-items-validation"]).toMatchObject({ status: "started" });
    await context.close();
  });

  it("lets an instructor create a classroom, a learner join and solve, and shows it on the dashboard and in the CSV", async () => {
    const teacherPage = await instructor.newPage();
    await signUp(teacherPage, "Ines");
    await teacherPage.goto(`${baseUrl()}/classrooms`);
    await teacherPage.getByText("Create a classroom").click();
    await teacherPage.getByLabel("Name").fill("Period 3");
    await teacherPage.getByRole("button", { name: "Create classroom" }).click();
    const created = await teacherPage.getByRole("status").textContent();
    // Codes are shown as two groups of four, the shape of the join form's example.
    const joinCode = /Join code: ([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(created ?? "")?.[1];
    expect(joinCode).toBeTruthy();

    const learnerPage = await learner.newPage();
    await learnerPage.goto(`${baseUrl()}/join/${joinCode}`);
    await expect(learnerPage.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("You joined Period 3");

    await teacherPage.goto(`${baseUrl()}/classrooms`);
    await teacherPage.getByRole("link", { name: "Period 3" }).click();
    // By lesson: one column per lesson, the learner's column fixed while the rest scrolls.
    const grid = teacherPage.getByRole("table", { name: /by lesson/ });
    await grid.waitFor();
    const lessonsWithExercises = lessonOutline().filter((lesson) => lesson.exercises.length > 0).length;
    expect(await grid.getByRole("columnheader").count()).toBe(2 + lessonsWithExercises);
    const row = grid.getByRole("row", { name: /Lena/ });
    expect(await row.getByRole("cell").nth(2).textContent()).toBe("1/3");
    await saveScreenshot(teacherPage, "classroom-dashboard");
    // One lesson: its exercises, each with status and attempts.
    await grid.getByRole("link", { name: /^02: / }).click();
    const lessonGrid = teacherPage.getByRole("table", { name: /Routes, status codes/ });
    expect(await lessonGrid.getByRole("row", { name: /Lena/ }).textContent()).toMatch(/✓ passed\s*2 attempts/);

    // The learner's page: name, every exercise, then one exercise's history with each check's result.
    await lessonGrid.getByRole("link", { name: "Lena" }).click();
    await teacherPage.getByRole("heading", { level: 1, name: "Lena" }).waitFor();
    await teacherPage.getByRole("link", { name: "Hello, routes" }).click();
    await teacherPage.getByRole("heading", { level: 1, name: "Lena: Hello, routes" }).waitFor();
    const history = teacherPage.getByRole("region", { name: "Submissions" });
    expect(await history.getByRole("listitem").filter({ has: teacherPage.locator("details") }).count()).toBe(2);
    const latestChecks = history.getByRole("list", { name: "Checks" }).first();
    expect(await latestChecks.getByText(/^Passed: /).count()).toBeGreaterThan(0);
    expect(await latestChecks.getByText(/^Failed: /).count()).toBe(0);
    expect(await teacherPage.getByRole("region", { name: "Latest code" }).locator("pre.shiki").count()).toBe(1);
    await saveScreenshot(teacherPage, "classroom-learner");
    await teacherPage.getByRole("link", { name: "Period 3" }).click();

    const csvUrl = await teacherPage.getByRole("link", { name: "Download the progress as CSV" }).getAttribute("href");
    const csv = await teacherPage.evaluate(async (url) => (await fetch(url!)).text(), csvUrl);
    expect(csv.split("\r\n")[0]).toBe("learner,email,lesson,exercise,exercise title,status,attempts,best checks passed,checks,first passed,last attempt");
    // A lesson title with a comma is quoted, as CSV wants.
    expect(csv).toMatch(/^Lena,lena-[^,]+,"Routes, status codes and JSON errors in Flask",flask-hello-routes,"Hello, routes",passed,2,\d+,\d+,\d{4}-\d\d-\d\dT[^,]+Z,\d{4}-\d\d-\d\dT[^,]+Z$/m);
    expect(csv).toMatch(/^Lena,lena-[^,]+,"Routes, status codes and JSON errors in Flask",flask-query-and-status,[^,]+,not started,0,,,,$/m);

    // The learner may not see the instructor's dashboard or its CSV.
    const classroomPath = new URL(teacherPage.url()).pathname;
    const forbidden = await learnerPage.goto(`${baseUrl()}${classroomPath}`);
    expect(forbidden?.status()).toBe(404);
    const forbiddenCsv = await learnerPage.evaluate(async (url) => (await fetch(url!)).status, csvUrl);
    expect(forbiddenCsv).toBe(404);
    await teacherPage.close();
    await learnerPage.close();
  });

  it("keeps hidden tests on the server for learners of a strict classroom", async () => {
    const teacherPage = await instructor.newPage();
    await teacherPage.goto(`${baseUrl()}/classrooms`);
    await teacherPage.getByText("Create a classroom").click();
    await teacherPage.getByLabel("Name").fill("Exam group");
    await teacherPage.getByLabel(/Strict grading/).check();
    await teacherPage.getByRole("button", { name: "Create classroom" }).click();
    const joinCode = /Join code: ([2-9A-Z]{4}-[2-9A-Z]{4})/.exec((await teacherPage.getByRole("status").textContent()) ?? "")?.[1];
    expect(joinCode).toBeTruthy();

    const context = await browser.newContext();
    const page = await context.newPage();
    await signUp(page, "Sam");
    const before = await postFromPage(page, `/api/exercises/${exerciseSlug}/hidden-tests`, {});
    expect(before.status).toBe(200);
    await page.goto(`${baseUrl()}/join/${joinCode}`);
    const after = await postFromPage(page, `/api/exercises/${exerciseSlug}/hidden-tests`, {});
    expect(after).toMatchObject({ status: 403, body: { strict: true } });
    expect(JSON.stringify(after.body)).not.toContain("def test_");
    // Submissions are still graded, on the server.
    const graded = await postFromPage(page, `/api/exercises/${exerciseSlug}/submissions`, { files: readExerciseFiles("solution") });
    expect(graded.body).toMatchObject({ verified: true, passed: true });
    await context.close();
    await teacherPage.close();
  });
});

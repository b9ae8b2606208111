import { CourseOutline } from "@/components/course-outline";
import { ContinueLink } from "@/components/navigation/continue-link";
import { lessonOutline } from "@/lib/content/lessons";

export default function HomePage() {
  const lessons = lessonOutline();
  return (
    <>
      <section aria-labelledby="intro-heading">
        <h1 id="intro-heading">Python web APIs, from Flask to FastAPI</h1>
        <p>
          Start with Flask&apos;s minimal routing, then build the same APIs with FastAPI&apos;s type hints, Pydantic validation,
          automatic OpenAPI docs, <code>async</code> endpoints and dependency injection. Every exercise runs real Python in your
          browser and is checked by tests, and every lesson compares the two frameworks honestly.
        </p>
        <ContinueLink lessons={lessons.map(({ slug, title, exercises }) => ({ slug, title, exercises }))} />
      </section>
      <section aria-labelledby="outline-heading" id="outline">
        <h2 id="outline-heading">Lessons</h2>
        <CourseOutline lessons={lessons} />
      </section>
    </>
  );
}

import Link from "next/link";

export default function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved when the course was reorganised.</p>
      <p>
        <Link href="/#outline">See all lessons</Link>
      </p>
    </section>
  );
}

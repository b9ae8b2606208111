// Renders a lesson's MDX body on the server. Lessons are trusted project
// content (reviewed like code), which is why evaluating them is acceptable.
import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";

export async function renderMdx(body: string, file: string) {
  try {
    const { default: Content } = await evaluate(body, { ...runtime, baseUrl: import.meta.url });
    return <Content />;
  } catch (error) {
    throw new Error(`${file}: body: MDX does not compile: ${(error as Error).message}`);
  }
}

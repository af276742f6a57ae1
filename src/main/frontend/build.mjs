// Compiles src/main/frontend/app.scss with the NHS.UK frontend and copies its script and images
// into target/classes/static, which the app serves under /css, /js and /assets.
import * as sass from "sass";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const out = resolve(root, "target/classes/static");
const nhsuk = resolve(root, "node_modules/nhsuk-frontend/dist/nhsuk");

const css = sass.compile(resolve(root, "src/main/frontend/app.scss"), {
  loadPaths: [resolve(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
if (/url\(\s*["']?(https?:)?\/\//.test(css.css)) {
  throw new Error("The compiled CSS refers to another host; the app must serve its own assets.");
}
mkdirSync(resolve(out, "css"), { recursive: true });
writeFileSync(resolve(out, "css/app.css"), css.css);

mkdirSync(resolve(out, "js"), { recursive: true });
cpSync(resolve(nhsuk, "nhsuk-frontend.min.js"), resolve(out, "js/nhsuk-frontend.min.js"));
cpSync(resolve(nhsuk, "nhsuk-frontend.min.js.map"), resolve(out, "js/nhsuk-frontend.min.js.map"));
cpSync(resolve(root, "src/main/frontend/app.js"), resolve(out, "js/app.js"));
cpSync(resolve(nhsuk, "assets"), resolve(out, "assets"), { recursive: true });
console.log("NHS.UK frontend built into " + out);

// Compiles src/main/frontend/app.scss with the NHS.UK frontend and copies its script and images
// into target/classes/static, which the app serves under /css, /js and /assets.
import * as sass from "sass";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
// The app serves /js and /css with a year's caching under content-hash URLs, which Spring
// writes into the pages. It cannot rewrite a module's import, so the script app.js imports is
// named here by its own hash, and app.js is given that name.
const frontendScript = readFileSync(resolve(nhsuk, "nhsuk-frontend.min.js"));
const frontendScriptName = "nhsuk-frontend-"
  + createHash("sha256").update(frontendScript).digest("hex").slice(0, 16) + ".min.js";
writeFileSync(resolve(out, "js", frontendScriptName), frontendScript);
cpSync(resolve(nhsuk, "nhsuk-frontend.min.js.map"), resolve(out, "js/nhsuk-frontend.min.js.map"));
const app = readFileSync(resolve(root, "src/main/frontend/app.js"), "utf8");
if (!app.includes('"./nhsuk-frontend.min.js"')) {
  throw new Error("app.js no longer imports ./nhsuk-frontend.min.js; update build.mjs.");
}
writeFileSync(resolve(out, "js/app.js"), app.replace('"./nhsuk-frontend.min.js"', '"./' + frontendScriptName + '"'));
cpSync(resolve(nhsuk, "assets"), resolve(out, "assets"), { recursive: true });
console.log("NHS.UK frontend built into " + out);

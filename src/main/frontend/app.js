// Starts the NHS.UK frontend components. Served from /js like everything else: no inline script,
// so the Content-Security-Policy can forbid them.
import { initAll } from "./nhsuk-frontend.min.js";

document.body.classList.add("js-enabled", "nhsuk-frontend-supported");
initAll();

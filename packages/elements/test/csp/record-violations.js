// Loaded first by the strict-CSP test pages (a file, since inline scripts are forbidden there):
// records every Content-Security-Policy violation and every uncaught error of the page.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`));
window.addEventListener('error', (event) => window.pageErrors.push(String(event.message)));

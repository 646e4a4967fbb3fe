/**
 * @fileoverview The names platform_web.js shares with code that Closure Compiler does not see, so
 * that the MinSizeRel link (--closure=1, ADVANCED_OPTIMIZATIONS) keeps them as they are: Closure
 * renames every other property. A name added to what crosses one of these lines goes here too.
 * @externs
 */

// Module's members that shell/loader.js sets and platform_web.js calls or reads.
/** @record */
function LeerregieLoader() {}
LeerregieLoader.prototype.leerregieFont;
LeerregieLoader.prototype.leerregieFrame;
LeerregieLoader.prototype.leerregieRendererIsSoftware;
LeerregieLoader.prototype.leerregieSoftwareFrame;
LeerregieLoader.prototype.leerregieSoftwarePart;
LeerregieLoader.prototype.leerregieStageSize;

// The group view's scanner, window.leerregieScanner (src/scanner/camera.js).
/** @record */
function LeerregieScanner() {}
LeerregieScanner.prototype.start;
LeerregieScanner.prototype.stop;
LeerregieScanner.prototype.place;
LeerregieScanner.prototype.confirm;
/** @type {LeerregieScanner|undefined} */
Window.prototype.leerregieScanner;

// A control of the accessible mirror, as the app sends it (src/ui/layout.cpp), and its roles,
// which platform_web.js looks up by name.
/** @record */
function LeerregieMirrorControl() {}
LeerregieMirrorControl.prototype.id;
LeerregieMirrorControl.prototype.role;
LeerregieMirrorControl.prototype.label;
LeerregieMirrorControl.prototype.checked;
LeerregieMirrorControl.prototype.group;
LeerregieMirrorControl.prototype.value;
LeerregieMirrorControl.prototype.max;
LeerregieMirrorControl.prototype.disabled;
LeerregieMirrorControl.prototype.x;
LeerregieMirrorControl.prototype.y;
LeerregieMirrorControl.prototype.w;
LeerregieMirrorControl.prototype.h;
LeerregieMirrorControl.prototype.ring;
LeerregieMirrorControl.prototype.lang;
/** @record */
function LeerregieMirrorRoles() {}
LeerregieMirrorRoles.prototype.heading;
LeerregieMirrorRoles.prototype.subheading;
LeerregieMirrorRoles.prototype.text;
LeerregieMirrorRoles.prototype.textbox;
LeerregieMirrorRoles.prototype.radio;
LeerregieMirrorRoles.prototype.button;
LeerregieMirrorRoles.prototype.img;
LeerregieMirrorRoles.prototype.progressbar;
LeerregieMirrorRoles.prototype.listitem;
LeerregieMirrorRoles.prototype.status;
LeerregieMirrorRoles.prototype.alert;

// An event of the accessible mirror, as the app reads it (platform_web.cpp).
/** @record */
function LeerregieMirrorEvent() {}
LeerregieMirrorEvent.prototype.id;
LeerregieMirrorEvent.prototype.isText;
LeerregieMirrorEvent.prototype.value;
LeerregieMirrorEvent.prototype.byArrowKey;

// The mirror's data attributes (data-ring is what the focus tests look for), and the keys the
// radio groups look up by KeyboardEvent.key.
/** @record */
function LeerregieMirrorData() {}
LeerregieMirrorData.prototype.id;
LeerregieMirrorData.prototype.group;
LeerregieMirrorData.prototype.ring;
LeerregieMirrorData.prototype.applied;
LeerregieMirrorData.prototype.listening;
/** @record */
function LeerregieArrowSteps() {}
LeerregieArrowSteps.prototype.ArrowDown;
LeerregieArrowSteps.prototype.ArrowUp;

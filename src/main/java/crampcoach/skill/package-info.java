/**
 * Assembles the skill: the one place handlers, interceptors and settings meet. Lambda, the local
 * console and the tests all run the skill built here, so there is no second code path to drift.
 */
package crampcoach.skill;

/** The AWS Lambda entry point: a thin stream handler around the skill built in {@code skill}. */
package crampcoach.lambda;

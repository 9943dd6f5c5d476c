/**
 * The cramp diary and the store behind it: how many cramps per day and muscle, nothing else, kept
 * through the SDK's persistence-adapter extension point in DynamoDB (AWS SDK v2) or, with no table
 * configured, in memory. Knows the SDK's persistence interface and request envelope, no handler.
 */
package crampcoach.diary;

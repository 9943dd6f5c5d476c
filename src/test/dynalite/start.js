// Starts dynalite in memory on 127.0.0.1, on the port given (0: any free port), and prints
// "listening <port>" once it accepts requests. Stops when its standard input closes, so that a
// test JVM that dies cannot leave it running.
const dynalite = require('dynalite');
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(Number(process.argv[2] || 0), '127.0.0.1', () => {
  console.log('listening ' + server.address().port);
});
// A client that gives up mid-request (the store's timeouts, tested on purpose) makes dynalite throw
// from a request's error event; that request is over, the server is not.
process.on('uncaughtException', (err) => {
  if (err && err.code === 'ECONNRESET') return;
  console.error(err);
  process.exit(1);
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));

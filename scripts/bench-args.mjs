// Command-line flags shared by the benchmark scripts: `--name` switches and `--name value` options,
// taken out of the argument list so what remains are the positional arguments.
export function benchArgs(argv = process.argv.slice(2)) {
  const args = [...argv];
  const flag = (name) => {
    const i = args.indexOf(name);
    if (i < 0) return false;
    args.splice(i, 1);
    return true;
  };
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const [, v] = args.splice(i, 2);
    return v;
  };
  return { args, flag, option };
}

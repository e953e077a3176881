// Which database a DATABASE_URL names: its own module so configuration checks need no database driver.
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

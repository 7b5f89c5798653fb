using DbSync.Tool;

return await DbSyncCli.RunAsync(args).ConfigureAwait(false);

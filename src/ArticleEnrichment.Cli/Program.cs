Console.Error.WriteLine("enrich: being written");
return 1;

// The Orleans SDK (through Reputation.Abstractions) imports 'Orleans' globally; its ErrorCode clashes with Kafka's.
global using ErrorCode = Confluent.Kafka.ErrorCode;

// Liveness and readiness state. The service is ready once the scorer is loaded (the app is only
// built around a loaded scorer) and stops being ready when it starts draining for shutdown. The
// service closes its listener at that moment too, so its probes then get connection refused, not the
// 503 /readyz answers while draining (docs/service.md, Graceful shutdown).
export class Health {
  private draining = false;

  constructor(private readonly modelLoaded: () => boolean = () => true) {}

  get ready(): boolean {
    return this.modelLoaded() && !this.draining;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  startDraining(): void {
    this.draining = true;
  }
}

// Liveness and readiness state. The service is ready once the scorer is loaded (the app is only
// built around a loaded scorer) and stops being ready when it starts draining for shutdown, so a
// load balancer stops sending traffic while in-flight requests finish.
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
